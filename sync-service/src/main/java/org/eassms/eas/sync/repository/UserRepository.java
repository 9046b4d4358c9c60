package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.domain.User;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    /** Whether the user may use text messaging (false for no such user). */
    public Uni<Boolean> allowsTextMessaging(long userId) {
        return find("select u.allowTextMessaging from User u where u.id = ?1", userId)
                .project(Boolean.class)
                .firstResult()
                .map(Boolean.TRUE::equals);
    }

    public Uni<User> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /** Whether another account has this user name or this address, in any case. */
    public Uni<Boolean> isTaken(String username, String email) {
        return count("lower(username) = lower(?1) or lower(email) = lower(?2)", username, email)
                .map(count -> count > 0);
    }

    /** Phones log in with the user name, a DOMAIN\\user form, or the e-mail address. */
    public Uni<User> findByLogin(String login) {
        return find("username = ?1 or email = ?1", login).firstResult();
    }

    /**
     * Locks the user's row until the transaction ends, so that changes to one user's folder
     * hierarchy happen one at a time: two FolderCreates at once drew the same new ServerId (and
     * could both pass the check for a name already taken).
     */
    public Uni<Void> lockHierarchyOf(long userId) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(
                                                "select id from eas_user where id = :user"
                                                        + " for no key update",
                                                Long.class)
                                        .setParameter("user", userId)
                                        .getResultList())
                .replaceWithVoid();
    }
}
