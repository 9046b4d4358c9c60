package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.domain.User;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    public Uni<User> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /** Phones log in with the user name, a DOMAIN\\user form, or the e-mail address. */
    public Uni<User> findByLogin(String login) {
        return find("username = ?1 or email = ?1", login).firstResult();
    }
}
