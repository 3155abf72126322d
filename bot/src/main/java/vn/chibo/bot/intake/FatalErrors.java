package vn.chibo.bot.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What to do when the JVM is out of memory while handling an update: stop the process at once, so a supervisor
 * (systemd, Docker's restart policy, Kubernetes) starts a fresh one. Nothing is lost by stopping: every update is
 * stored before it is confirmed, and every reply before it is sent.
 */
@Component
class FatalErrors {

    private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);

    /** Exit status of a process stopped because it ran out of memory. */
    static final int OUT_OF_MEMORY = 3;

    void outOfMemory(long updateId, OutOfMemoryError error) {
        log.error("Out of memory while handling update {}; stopping the process for a restart", updateId, error);
        Runtime.getRuntime().halt(OUT_OF_MEMORY);
    }
}
