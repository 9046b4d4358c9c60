package org.eassms.eas.sync.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eassms.eas.sync.account.DeviceInventory;
import org.eassms.eas.sync.api.ClientAddress;
import org.eassms.eas.sync.auth.AuthenticationFailedException;
import org.eassms.eas.sync.auth.BasicCredentials;
import org.eassms.eas.sync.auth.TooManyFailedLogins;
import org.eassms.eas.sync.auth.UserAuthenticator;
import org.eassms.eas.sync.auth.WebSession;
import org.eassms.eas.sync.auth.WebSessions;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.conversation.Conversations;
import org.eassms.eas.sync.conversation.Conversations.Conversation;
import org.eassms.eas.sync.conversation.Conversations.Message;
import org.eassms.eas.sync.conversation.Conversations.Page;
import org.eassms.eas.sync.conversation.Conversations.Progress;
import org.eassms.eas.sync.conversation.PhoneNumbers;
import org.eassms.eas.sync.conversation.RelayStatus;
import org.eassms.eas.sync.outbox.TextMessagingNotAllowed;
import org.eassms.eas.sync.sms.NewSms;
import org.eassms.eas.sync.sms.SmsService;
import org.eassms.eas.sync.validation.RequestProblems;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The web page to text from (issue 13): sign in with the mailbox's account, read the SMS
 * conversations, write an SMS and watch it go out through the user's phone. Server-rendered (Qute),
 * usable without script; a small script (web-assets/app.js) only follows the status of SMS on their
 * way. Every form carries the session's CSRF token; every query is the signed-in user's.
 */
@Path("/web")
public class WebPage {
    private static final Logger LOG = Logger.getLogger(WebPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error, String username);

        static native TemplateInstance home(
                WebSession session,
                List<Conversation> conversations,
                Paging paging,
                RelayStatus relay,
                Compose compose);

        static native TemplateInstance conversation(
                WebSession session,
                String party,
                List<Message> messages,
                Paging paging,
                RelayStatus relay,
                Compose compose);
    }

    /** Where a page is in its list: the links to the newer and the older page. */
    public record Paging(int number, boolean more) {
        static Paging of(Page<?> page) {
            return new Paging(page.number(), page.more());
        }

        public boolean hasNewer() {
            return number > 0;
        }

        public int newer() {
            return number - 1;
        }

        public int older() {
            return number + 1;
        }
    }

    /** The compose form as shown: what was typed and what was wrong with it. */
    public record Compose(String to, String body, String error, int maxBody) {
        static Compose empty(String to) {
            return new Compose(to, "", null, NewSms.MAX_BODY);
        }
    }

    private final WebSessions sessions;
    private final UserAuthenticator authenticator;
    private final Conversations conversations;
    private final DeviceInventory devices;
    private final SmsService sms;
    private final Validator validator;
    private final SyncConfig.Web config;

    WebPage(
            WebSessions sessions,
            UserAuthenticator authenticator,
            Conversations conversations,
            DeviceInventory devices,
            SmsService sms,
            Validator validator,
            SyncConfig config) {
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.conversations = conversations;
        this.devices = devices;
        this.sms = sms;
        this.validator = validator;
        this.config = config.web();
    }

    @GET
    @Path("/login")
    public Uni<Response> loginForm(@CookieParam(WebResponses.SESSION_COOKIE) String cookie) {
        return sessions.find(cookie)
                .onFailure()
                .recoverWithNull()
                .chain(
                        session ->
                                session != null
                                        ? Uni.createFrom().item(WebResponses.seeOther("/web"))
                                        : WebResponses.html(200, Templates.login(null, "")));
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> login(
            @Context HttpServerRequest http, @RestForm String username, @RestForm String password) {
        BasicCredentials credentials = BasicCredentials.of(username, password).orElse(null);
        if (credentials == null) {
            return WebResponses.html(
                    400, Templates.login("Enter your user name and password.", ""));
        }
        return authenticator
                .authenticate(credentials, ClientAddress.of(http))
                .chain(sessions::start)
                .map(
                        started ->
                                WebResponses.seeOther(
                                        "/web",
                                        WebResponses.sessionCookie(
                                                started.cookieValue(),
                                                config.sessionTtl().toSeconds(),
                                                config.secureCookie())))
                .onFailure()
                .recoverWithUni(failure -> loginRefused(failure, credentials.login()));
    }

    private Uni<Response> loginRefused(Throwable failure, String login) {
        String shown = login.length() > 100 ? "" : login;
        if (failure instanceof AuthenticationFailedException) {
            return WebResponses.html(401, Templates.login("Wrong user name or password.", shown));
        }
        if (failure instanceof TooManyFailedLogins) {
            return WebResponses.html(
                    429,
                    Templates.login(
                            "Too many failed sign-ins: try again in a few minutes.", shown));
        }
        LOG.warnf("web sign-in could not be checked: %s", failure.getMessage());
        return WebResponses.html(
                503,
                Templates.login("The server cannot sign you in right now: try again soon.", shown));
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logout(
            @CookieParam(WebResponses.SESSION_COOKIE) String cookie, @RestForm String csrf) {
        return signedIn(
                cookie,
                session -> {
                    if (!WebSessions.csrfMatches(session, csrf)) {
                        return forbidden(session);
                    }
                    return sessions.end(cookie)
                            .map(
                                    ended ->
                                            WebResponses.seeOther(
                                                    "/web/login",
                                                    WebResponses.expiredSessionCookie(
                                                            config.secureCookie())));
                });
    }

    @GET
    public Uni<Response> home(
            @CookieParam(WebResponses.SESSION_COOKIE) String cookie,
            @QueryParam("page") @DefaultValue("0") int page) {
        return signedIn(cookie, session -> home(session, page, 200, Compose.empty("")));
    }

    private Uni<Response> home(WebSession session, int page, int status, Compose compose) {
        return page(
                session,
                conversations.of(session.userId(), Math.max(0, page), config.pageSize()),
                (found, relay) ->
                        Templates.home(session, found.items(), Paging.of(found), relay, compose),
                status);
    }

    /** A page of a list and the relaying phone's status, rendered with the given status code. */
    private <T> Uni<Response> page(
            WebSession session,
            Uni<Page<T>> list,
            BiFunction<Page<T>, RelayStatus, TemplateInstance> template,
            int status) {
        return list.chain(
                found ->
                        relayOf(session)
                                .chain(
                                        relay ->
                                                WebResponses.html(
                                                        status, template.apply(found, relay))));
    }

    @GET
    @Path("/conversations/{party}")
    public Uni<Response> conversation(
            @CookieParam(WebResponses.SESSION_COOKIE) String cookie,
            @PathParam("party") String party,
            @QueryParam("page") @DefaultValue("0") int page) {
        return signedIn(
                cookie, session -> conversation(session, party, page, 200, Compose.empty(party)));
    }

    private Uni<Response> conversation(
            WebSession session, String party, int page, int status, Compose compose) {
        return page(
                session,
                conversations.with(session.userId(), party, Math.max(0, page), config.pageSize()),
                (found, relay) ->
                        Templates.conversation(
                                session, party, found.items(), Paging.of(found), relay, compose),
                status);
    }

    /**
     * Queues an SMS as {@code POST /api/sms} does, then shows its conversation, where the page
     * follows its status. A wrong number or body shows the form again with what was typed.
     */
    @POST
    @Path("/sms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> send(
            @CookieParam(WebResponses.SESSION_COOKIE) String cookie,
            @RestForm String csrf,
            @RestForm String to,
            @RestForm String body,
            @RestForm("conversation") String fromConversation) {
        return signedIn(
                cookie,
                session -> {
                    if (!WebSessions.csrfMatches(session, csrf)) {
                        return forbidden(session);
                    }
                    String text = body == null ? "" : body;
                    String number = PhoneNumbers.normalize(to).orElse(null);
                    String problem = problemOf(number, text);
                    if (problem != null) {
                        LOG.infof("web SMS of %s refused: %s", session.username(), problem);
                        Compose again =
                                new Compose(to == null ? "" : to, text, problem, NewSms.MAX_BODY);
                        return fromConversation == null || fromConversation.isBlank()
                                ? home(session, 0, 400, again)
                                : conversation(session, fromConversation, 0, 400, again);
                    }
                    return sms.queue(session.user(), new NewSms(number, text))
                            .map(
                                    queued ->
                                            WebResponses.seeOther(
                                                    "/web/conversations/"
                                                            + URLEncoder.encode(
                                                                    number, StandardCharsets.UTF_8)
                                                            + "#sms-"
                                                            + queued.id()))
                            .onFailure(TextMessagingNotAllowed.class)
                            .recoverWithUni(
                                    () ->
                                            conversation(
                                                    session,
                                                    number,
                                                    0,
                                                    403,
                                                    new Compose(
                                                            number,
                                                            text,
                                                            "Text messaging is turned off for your"
                                                                    + " account: ask your"
                                                                    + " administrator.",
                                                            NewSms.MAX_BODY)));
                });
    }

    private String problemOf(String number, String body) {
        if (number == null) {
            return "Enter a phone number such as +14255550143.";
        }
        if (body.isBlank()) {
            return "Write a message first.";
        }
        if (body.length() > NewSms.MAX_BODY) {
            return "At most "
                    + NewSms.MAX_BODY
                    + " characters: your phone sends longer texts in up to ten parts, and no more.";
        }
        List<String> problems = RequestProblems.of(validator, new NewSms(number, body));
        return problems.isEmpty() ? null : "The message cannot be sent as written: " + problems;
    }

    /** The status of one of the user's SMS, for the page's script: {@code {"status","final"}}. */
    @GET
    @Path("/sms/{id:[0-9]{1,18}}")
    public Uni<Response> status(
            @CookieParam(WebResponses.SESSION_COOKIE) String cookie, @PathParam("id") long id) {
        return sessions.find(cookie)
                .chain(
                        session -> {
                            if (session == null) {
                                return Uni.createFrom()
                                        .item(WebResponses.protect(Response.status(401)).build());
                            }
                            return conversations
                                    .progressOf(session.userId(), id)
                                    .map(WebPage::progressResponse);
                        })
                .onFailure()
                .recoverWithItem(WebPage::unavailable);
    }

    private static Response progressResponse(Progress progress) {
        if (progress == null) {
            return WebResponses.protect(Response.status(404)).build();
        }
        return WebResponses.protect(Response.ok())
                .type(MediaType.APPLICATION_JSON)
                .entity(
                        Map.of(
                                "id",
                                progress.id(),
                                "status",
                                progress.status(),
                                "final",
                                progress.isFinal()))
                .build();
    }

    private Uni<RelayStatus> relayOf(WebSession session) {
        return devices.of(session.username())
                .map(found -> RelayStatus.of(found, config.staleTransport(), OffsetDateTime.now()));
    }

    /**
     * Runs the page for the signed-in user, or sends the browser to the sign-in form. When what the
     * page needs is down (Redis for the session, the database), the answer is 503, logged once.
     */
    private Uni<Response> signedIn(String cookie, Function<WebSession, Uni<Response>> page) {
        return sessions.find(cookie)
                .chain(
                        session ->
                                session == null
                                        ? Uni.createFrom().item(WebResponses.seeOther("/web/login"))
                                        : page.apply(session))
                .onFailure()
                .recoverWithItem(WebPage::unavailable);
    }

    private static Response unavailable(Throwable failure) {
        LOG.warnf("web page unavailable: %s", failure.getMessage());
        return WebResponses.protect(Response.status(503))
                .header("Retry-After", "10")
                .type(MediaType.TEXT_PLAIN)
                .entity("The server cannot show this page right now: try again in a moment.")
                .build();
    }

    private Uni<Response> forbidden(WebSession session) {
        LOG.infof("web form of %s refused: CSRF token missing or wrong", session.username());
        return Uni.createFrom()
                .item(
                        WebResponses.protect(Response.status(403))
                                .type(MediaType.TEXT_PLAIN)
                                .entity("This form has expired: reload the page and try again.")
                                .build());
    }
}
