package org.eassms.eas.sync.context;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;

/**
 * Brings work that completes elsewhere (a worker thread, the Redis connection's event loop, a
 * timer) back to the Vert.x context of the request that started it: the request's Hibernate
 * Reactive session and CDI request context live there and must not be touched from another one.
 */
public final class CallerContext {
    private CallerContext() {}

    /**
     * An executor for {@code Uni.emitOn} that runs on the context current now (the caller's), or
     * inline when there is none (a plain thread, a unit test).
     */
    public static Executor capture() {
        Context caller = Vertx.currentContext();
        return caller == null ? Runnable::run : task -> caller.runOnContext(ignored -> task.run());
    }
}
