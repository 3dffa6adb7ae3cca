package org.whatmatters.channel.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * twilio-java's HTTP client, pointed at another base URL when one is set (a local stand-in for
 * Twilio in tests), and without its own retries: {@link TwilioMessages} retries with backoff.
 */
class RedirectingHttpClient extends NetworkHttpClient {

    private final String baseUrl;

    RedirectingHttpClient(String baseUrl) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        if (baseUrl == null) {
            return super.makeRequest(request);
        }
        String url = request.getUrl();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        Request copy = new Request(request.getMethod(), baseUrl + (path < 0 ? "" : url.substring(path)));
        if (request.getAuthStrategy() != null) {
            copy.setAuth(request.getAuthStrategy());
        } else if (request.getUsername() != null) {
            copy.setAuth(request.getUsername(), request.getPassword());
        }
        copy.setContentType(request.getContentType());
        if (request.getBody() != null) {
            copy.setBody(request.getBody());
        }
        request.getPostParams().forEach((k, values) -> values.forEach(v -> copy.addPostParam(k, v)));
        request.getQueryParams().forEach((k, values) -> values.forEach(v -> copy.addQueryParam(k, v)));
        request.getHeaderParams().forEach((k, values) -> values.forEach(v -> copy.addHeaderParam(k, v)));
        copy.setUserAgentExtensions(request.getUserAgentExtensions());
        return super.makeRequest(copy);
    }
}
