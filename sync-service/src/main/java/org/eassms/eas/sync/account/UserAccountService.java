package org.eassms.eas.sync.account;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.auth.PasswordHasher;
import org.eassms.eas.sync.auth.UserAuthenticator;
import org.eassms.eas.sync.domain.AuditRecord;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.sync.domain.User;
import org.eassms.eas.sync.repository.FolderRepository;
import org.eassms.eas.sync.repository.UserRepository;
import org.jboss.logging.Logger;

/**
 * Creates and deletes accounts; a new account gets the five standard folders in the same
 * transaction.
 */
@ApplicationScoped
public class UserAccountService {
    private static final Logger LOG = Logger.getLogger(UserAccountService.class);
    private static final String UNIQUE_VIOLATION = "23505";

    /** Outcome of a creation attempt. */
    public enum Created {
        CREATED,
        ALREADY_EXISTS
    }

    private final UserRepository users;
    private final FolderRepository folders;
    private final PasswordHasher hasher;
    private final UserAuthenticator authenticator;

    UserAccountService(
            UserRepository users,
            FolderRepository folders,
            PasswordHasher hasher,
            UserAuthenticator authenticator) {
        this.users = users;
        this.folders = folders;
        this.hasher = hasher;
        this.authenticator = authenticator;
    }

    /**
     * A user name or an address that another account has, in any case, is taken: phones log in with
     * either, and two accounts answering to one login would each see the other's attempts.
     */
    public Uni<Created> create(NewUser request, String actor) {
        // Hash first, outside the transaction: bcrypt runs on a worker thread.
        return hasher.hash(request.password())
                .chain(
                        hash ->
                                Panache.withTransaction(
                                        () -> createUnlessTaken(request, hash, actor)))
                // Two creations racing past the check meet the unique indexes (V10).
                .onFailure(UserAccountService::isUniqueViolation)
                .recoverWithItem(Created.ALREADY_EXISTS);
    }

    private Uni<Created> createUnlessTaken(NewUser request, String hash, String actor) {
        return users.isTaken(request.username(), request.email())
                .chain(
                        taken ->
                                taken
                                        ? Uni.createFrom().item(Created.ALREADY_EXISTS)
                                        : persist(request, hash)
                                                .call(
                                                        () ->
                                                                AuditRecord.of(
                                                                                actor,
                                                                                "create-user",
                                                                                request.username(),
                                                                                null)
                                                                        .persist())
                                                .replaceWith(Created.CREATED));
    }

    private Uni<Void> persist(NewUser request, String hash) {
        User user = new User();
        user.username = request.username();
        user.email = request.email();
        user.passwordHash = hash;
        return users.persist(user)
                .chain(saved -> folders.persist(Folder.standardFolders(saved.id)))
                .invoke(() -> LOG.infof("created user '%s'", request.username()));
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** True when the user existed. */
    @WithTransaction
    public Uni<Boolean> delete(String username, String actor) {
        return users.delete("username", username)
                .map(count -> count > 0)
                .call(
                        deleted ->
                                deleted
                                        ? AuditRecord.of(actor, "delete-user", username, null)
                                                .persist()
                                        : Uni.createFrom().voidItem())
                .invoke(
                        deleted -> {
                            if (deleted) {
                                authenticator.forget(username);
                                LOG.infof("deleted user '%s'", username);
                            }
                        });
    }
}
