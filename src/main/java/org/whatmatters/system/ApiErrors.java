package org.whatmatters.system;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.whatmatters.conversation.ConversationClosedException;
import org.whatmatters.conversation.ConversationNotFoundException;
import org.whatmatters.conversation.InvalidMessageException;
import org.whatmatters.conversation.UnknownFlowException;
import org.whatmatters.plan.InvalidEditException;
import org.whatmatters.plan.PlanChangedException;
import org.whatmatters.plan.PlanNotFoundException;
import org.whatmatters.plan.PlanStateException;

/** Maps errors to RFC 9457 problem details that say what to do, never stack traces or class names. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ConversationNotFoundException.class)
    ProblemDetail notFound(ConversationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Conversation not found", "No conversation was found for this link. Please start a new conversation.");
    }

    @ExceptionHandler(PlanNotFoundException.class)
    ProblemDetail planNotFound(PlanNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Plan not found", e.getMessage());
    }

    @ExceptionHandler({PlanStateException.class, PlanChangedException.class})
    ProblemDetail planConflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Plan cannot change like that", e.getMessage());
    }

    @ExceptionHandler(InvalidEditException.class)
    ProblemDetail badEdit(InvalidEditException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid change", e.getMessage());
    }

    @ExceptionHandler(ConversationClosedException.class)
    ProblemDetail closed(ConversationClosedException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "Conversation closed", e.getMessage());
        p.setProperty("state", e.state().name());
        return p;
    }

    @ExceptionHandler({InvalidMessageException.class, UnknownFlowException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "'" + e.getValue() + "' is not a valid value for " + e.getName() + ".");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong", "Sorry, something went wrong on our side. Please try again in a moment.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getDefaultMessage()).distinct().collect(Collectors.joining(" "));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request body must be JSON, for example {\"text\": \"hello\"}."));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
