package org.eassms.eas.sync.auth;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.function.Supplier;
import org.eassms.eas.sync.context.CallerContext;

/**
 * Runs CPU-heavy work (bcrypt) on the worker pool and resumes on the caller's Vert.x context, so
 * the event loop never blocks and Hibernate Reactive, which insists on its own event loop, can be
 * used after it.
 */
final class Offload {
    private Offload() {}

    static <T> Uni<T> toWorker(Supplier<T> work) {
        return Uni.createFrom()
                .item(work)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(CallerContext.capture());
    }
}
