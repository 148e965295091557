package vn.dienhong.gui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final List<Runnable> subscriptions = new ArrayList<>();
    private String errorKey;
    private MeetingSnapshot snapshot;

    /** {@code ui} runs work on the UI thread ({@code Platform::runLater} in the console); {@code zone} for times. */
    ConsoleViewModel(HallServices services, List<String> tabletAddresses, Executor ui, ZoneId zone) {
        this.services = services;
        this.ui = UiThread.forgiving(ui);
        this.language = new LanguageModel(services.settings().language());
        this.agenda = new AgendaViewModel(services.meetings(), this.ui, this::showError);
        this.feed = new EventFeedViewModel(zone);
        this.tablets = new TabletsViewModel(tabletAddresses);
        agenda.currentItemProperty().addListener((o, old, now) -> refreshHeader());
        language.messagesProperty().addListener((o, old, now) -> {
            refreshHeader();
            errorMessage.set(errorKey == null ? "" : now.get(errorKey));
        });
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

    /** Loads the running meeting on a worker thread and shows it when it arrives. */
    void reload() {
        loading.set(true);
        CompletableFuture<Optional<MeetingSnapshot>> answer;
        try {
            answer = services.meetings().currentAsync();
        } catch (RejectedExecutionException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((found, failure) -> ui.execute(() -> loaded(found, failure)));
    }

    private void loaded(Optional<MeetingSnapshot> found, Throwable failure) {
        loading.set(false);
        if (failure != null) {
            LOG.warn("Loading the running meeting failed", failure);
            showError(AgendaViewModel.busy(failure) ? "error.busy" : "error.load");
        } else if (found.isEmpty()) {
            showError("error.noMeeting");
        } else {
            snapshot = found.get();
            dismissError();
            agenda.show(snapshot);
            refreshHeader();
        }
    }

    private void onEvent(HallEvent event) {
        feed.add(event);
        if (AgendaViewModel.AGENDA_CHANGED.equals(event.type()) && !agenda.apply(event)) {
            reload();
        }
    }

    private void refreshHeader() {
        if (snapshot != null) {
            header.show(snapshot, agenda.currentItemProperty().get(), language.messages());
        }
    }

    private void showError(String key) {
        errorKey = key;
        errorMessage.set(language.messages().get(key));
    }

    void dismissError() {
        errorKey = null;
        errorMessage.set("");
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

    /** True while the meeting is being loaded. */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What went wrong and what to do about it, for the operator; empty when all is well. */
    ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}
