package vn.dienhong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.dienhong.TestHall;
import vn.dienhong.logic.CastResult;
import vn.dienhong.logic.LoginResult;
import vn.dienhong.logic.NewVote;
import vn.dienhong.logic.SpeakerService;
import vn.dienhong.logic.VoteService;
import vn.dienhong.model.Account;
import vn.dienhong.model.SpeakerKind;
import vn.dienhong.model.SpeakerRequest;
import vn.dienhong.model.SpeakerStatus;
import vn.dienhong.model.Threshold;
import vn.dienhong.model.Vote;
import vn.dienhong.model.VoteForm;
import vn.dienhong.model.VoteKind;

/**
 * A real hall with the demo session ({@link TestHall}) and a headless Chromium ({@link Browser}) for one
 * browser test class, registered with {@code @RegisterExtension static final WebHall web = …}: both start
 * before the class's tests and close after them. Every test starts on a device nobody has used, on the
 * given page; after it the network is back and a vote the test left open is cancelled, because a meeting
 * has one open vote at a time. The hall side of the tests (opening votes, casting other delegates'
 * ballots) goes through the Java services.
 */
final class WebHall implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    /** The demo delegates' PIN (db001 … db050). */
    static final String DEMO_PIN = "246810";

    private final int width;
    private final int height;
    private final String page;
    private TestHall hall;
    private Browser browser;

    /** A browser whose page is {@code width}×{@code height}, opening {@code page} (a path such as "/"). */
    WebHall(int width, int height, String page) {
        this.width = width;
        this.height = height;
        this.page = page;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        hall = TestHall.start();
        browser = Browser.start(width, height);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.fresh(hall.baseUrl() + page);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browser.setOffline(false);
        votes().current().ifPresent(v -> votes().cancel(v.id()).join());
    }

    TestHall hall() {
        return hall;
    }

    Browser browser() {
        return browser;
    }

    VoteService votes() {
        return hall.services().votes();
    }

    /** Creates and opens a vote as the operator would, passing with more than half of all delegates. */
    Vote open(String title, VoteForm form, Integer countdownSeconds) {
        return open(title, form, Threshold.MAJORITY_OF_TOTAL, countdownSeconds);
    }

    Vote open(String title, VoteForm form, Threshold threshold, Integer countdownSeconds) {
        Vote vote = votes().create(new NewVote(title, VoteKind.RESOLUTION, form, threshold, null,
                countdownSeconds, false, null)).join();
        return votes().open(vote.id()).join();
    }

    /**
     * Creates and opens a secret confidence rating, confidence vote or election over {@code subjects} (the
     * officials or candidates, in ballot order); an election elects up to {@code maxChoices} of them.
     */
    Vote openWithSubjects(String title, VoteKind kind, List<String> subjects, int maxChoices) {
        Vote vote = votes().create(new NewVote(title, kind, VoteForm.SECRET, Threshold.MAJORITY_OF_TOTAL, null, null,
                false, null, subjects, maxChoices)).join();
        return votes().open(vote.id()).join();
    }

    /** A ballot with one mark per subject from another device, accepted by the server. */
    void castMarks(Vote vote, String username, List<String> marks) {
        CastResult result = votes().cast(vote.id(), account(username), UUID.randomUUID().toString(), marks).join();
        assertThat(result).as(username + " casts " + marks).isInstanceOf(CastResult.Accepted.class);
    }

    /** A demo delegate's account, logged in through the services (not the browser). */
    Account account(String username) {
        return account(username, DEMO_PIN);
    }

    /** Any demo account (the operator, an official: PIN {@code <username>-demo}), logged in through the services. */
    Account account(String username, String pin) {
        LoginResult login = hall.services().auth().login(username, pin, "127.0.0.1");
        assertThat(login).as(username + " logs in").isInstanceOf(LoginResult.Success.class);
        return ((LoginResult.Success) login).account();
    }

    SpeakerService speakers() {
        return hall.services().speakers();
    }

    /** A delegate asks for the floor from another device; {@code respondent} names an official for a question. */
    SpeakerRequest ask(String username, SpeakerKind kind, String respondent, String topic) {
        Long respondentId = respondent == null ? null : account(respondent, respondent + "-demo").id();
        return speakers().request(account(username), kind, respondentId, null, topic).join();
    }

    /** The floor as the chair leaves it between tests: nobody speaking, nobody waiting. */
    void clearFloor() {
        Account operator = account("operator", "operator-demo");
        for (SpeakerRequest r : speakers().queue()) {
            if (r.status() == SpeakerStatus.SPEAKING) {
                speakers().endTurn(r.id()).join();
            } else if (r.status() == SpeakerStatus.WAITING) {
                speakers().withdraw(operator, r.id()).join();
            }
        }
    }

    /** A ballot from another device: the delegate votes {@code choice} and the server accepts it. */
    void cast(Vote vote, String username, String choice) {
        CastResult result = votes().cast(vote.id(), account(username), UUID.randomUUID().toString(), List.of(choice)).join();
        assertThat(result).isInstanceOf(CastResult.Accepted.class);
    }
}
