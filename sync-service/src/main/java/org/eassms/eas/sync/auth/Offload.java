package org.eassms.eas.sync.auth;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Runs CPU-heavy work (bcrypt) on the worker pool and resumes on the caller's Vert.x context, so
 * the event loop never blocks and Hibernate Reactive, which insists on its own event loop, can be
 * used after it.
 */
final class Offload {
    private Offload() {}

    static <T> Uni<T> toWorker(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> uni =
                Uni.createFrom()
                        .item(work)
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null
                ? uni
                : uni.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
