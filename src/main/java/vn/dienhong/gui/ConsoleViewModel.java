package vn.dienhong.gui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dienhong.logic.HallServices;
import vn.dienhong.model.HallEvent;
import vn.dienhong.model.MeetingSnapshot;

/**
 * Everything the operator console shows, as read-only properties fed by the hall services, so the
 * screen never waits on the database and the whole console can be tested without a window.
 * Its methods and properties belong to the UI thread; {@code ui} is how other threads get there.
 */
final class ConsoleViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleViewModel.class);

    private final HallServices services;
    private final Executor ui;
    private final LanguageModel language;
    private final HeaderViewModel header = new HeaderViewModel();
    private final AgendaViewModel agenda;
    private final EventFeedViewModel feed;
    private final TabletsViewModel tablets;
    private final OperatorErrors errors;
    private final VotePanelViewModel votes;
    private final FloorViewModel floor;
    private final DocumentsViewModel documents;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final List<Runnable> subscriptions = new ArrayList<>();
    private MeetingSnapshot snapshot;

    /** {@code ui} runs work on the UI thread ({@code Platform::runLater} in the console); {@code zone} for times. */
    ConsoleViewModel(HallServices services, List<String> tabletAddresses, Executor ui, ZoneId zone) {
        this.services = services;
        this.ui = UiThread.forgiving(ui);
        this.language = new LanguageModel(services.settings().language());
        this.errors = new OperatorErrors(language);
        this.agenda = new AgendaViewModel(services.meetings(), this.ui, errors::show);
        this.feed = new EventFeedViewModel(zone);
        this.tablets = new TabletsViewModel(tabletAddresses);
        this.votes = new VotePanelViewModel(services, this.ui, language, agenda, errors);
        this.clock = Clock.system(zone);
        this.floor = new FloorViewModel(services, this.ui, language, errors, clock);
        this.documents = new DocumentsViewModel(services, this.ui, errors, agenda.items(), clock);
        agenda.currentItemProperty().addListener((o, old, now) -> refreshHeader());
        language.messagesProperty().addListener((o, old, now) -> refreshHeader());
    }

    /** Starts listening to the hall and loads the meeting; a second call does nothing. */
    void start() {
        if (!subscriptions.isEmpty()) {
            return;
        }
        subscriptions.add(services.events().subscribe(event -> ui.execute(() -> onEvent(event))));
        subscriptions.add(tablets.follow(services.presence(), ui));
        reload();
    }

    /** Stops listening to the hall, when the window closes. */
    void dispose() {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
    }

    /** Loads the running meeting (and its votes) on a worker thread and shows it when it arrives. */
    void reload() {
        loading.set(true);
        votes.reload();
        floor.refresh();
        documents.refresh();
        HallCalls.start(services.meetings()::currentAsync)
                .whenComplete((found, failure) -> ui.execute(() -> loaded(found, failure)));
    }

    private void loaded(Optional<MeetingSnapshot> found, Throwable failure) {
        loading.set(false);
        if (failure != null) {
            LOG.warn("Loading the running meeting failed", failure);
            errors.show(AgendaViewModel.busy(failure) ? "error.busy" : "error.load");
        } else if (found.isEmpty()) {
            errors.show("error.noMeeting");
        } else {
            snapshot = found.get();
            dismissError();
            agenda.show(snapshot);
            refreshHeader();
        }
    }

    private void onEvent(HallEvent event) {
        feed.add(event);
        votes.apply(event);
        floor.apply(event);
        documents.apply(event);
        if (FloorViewModel.MEETING_CHANGED.equals(event.type())) {
            votes.select(null); // the votes shown belong to the meeting the hall no longer runs
            reload();
        } else if (AgendaViewModel.AGENDA_CHANGED.equals(event.type()) && !agenda.apply(event)) {
            reload();
        }
    }

    private void refreshHeader() {
        if (snapshot != null) {
            header.show(snapshot, agenda.currentItemProperty().get(), language.messages());
        }
    }

    void dismissError() {
        errors.clear();
    }

    /** A model for the chair display that follows this console's meeting and agenda; start it with its view. */
    ChairDisplayViewModel newChairDisplay() {
        return new ChairDisplayViewModel(services, ui, clock, header.meetingTitleProperty(),
                agenda.currentItemProperty());
    }

    /** A fresh "Cuộc họp mới" form, its days starting today in the hall. */
    NewMeetingViewModel newMeeting() {
        return new NewMeetingViewModel(services, ui, language, LocalDate.now(clock));
    }

    LanguageModel language() {
        return language;
    }

    HeaderViewModel header() {
        return header;
    }

    AgendaViewModel agenda() {
        return agenda;
    }

    EventFeedViewModel feed() {
        return feed;
    }

    TabletsViewModel tablets() {
        return tablets;
    }

    VotePanelViewModel votes() {
        return votes;
    }

    FloorViewModel floor() {
        return floor;
    }

    DocumentsViewModel documents() {
        return documents;
    }

    /** True while the meeting is being loaded. */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What went wrong and what to do about it, for the operator; empty when all is well. */
    ReadOnlyStringProperty errorMessageProperty() {
        return errors.messageProperty();
    }
}
