package org.whatmatters.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends openhtmltopdf's log lines to ordinary {@code java.util.logging} loggers (named
 * {@code com.openhtmltopdf.*}) instead of its own console handler, so that an application's
 * logging setup (Spring Boot bridges JUL to SLF4J/Logback) decides where they go and
 * {@code logging.level.com.openhtmltopdf} controls them.
 *
 * <p>openhtmltopdf writes several INFO lines for every document ("Prepare to fly", timings);
 * those are logged at FINE (debug) here. WARNING and SEVERE keep their level.
 */
final class JulXRLogger implements XRLogger {

    private static final Object LOCK = new Object();
    private static volatile boolean installed;

    /** Replaces openhtmltopdf's default console logger once; leaves any logger an application set alone. */
    static void installIfDefault() {
        if (installed) {
            return;
        }
        synchronized (LOCK) {
            if (!installed) {
                XRLogger current = XRLog.getLoggerImpl(); // null until openhtmltopdf first logs
                if (current == null || current instanceof JDKXRLogger) {
                    XRLog.setLoggerImpl(new JulXRLogger());
                }
                installed = true;
            }
        }
    }

    private static Level map(Level level) {
        return level.intValue() >= Level.WARNING.intValue() ? level : Level.FINE;
    }

    @Override
    public void log(String where, Level level, String msg) {
        Logger.getLogger(where).log(map(level), msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger.getLogger(where).log(map(level), msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        Logger.getLogger(logger).setLevel(level);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        // Diagnostics carry no logger name; ask the parent of all openhtmltopdf loggers.
        return Logger.getLogger("com.openhtmltopdf").isLoggable(map(diagnostic.getLevel()));
    }
}
