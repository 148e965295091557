package vn.dienhong.gui;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerExpression;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import vn.dienhong.logic.ArchiveExporter;

/**
 * The operator console's main view: header, error banner, then four tabs: the agenda with tablets
 * and event feed, the votes, the floor and the documents; it can be put in any Stage, which is how the
 * tests show it.
 */
final class ConsoleView extends BorderPane {
    static final String STYLESHEET = "/gui/console.css";
    static final double SIDE_MIN_WIDTH = 380;
    static final double SIDE_MAX_WIDTH = 560;
    private final ConsoleViewModel model;
    private final OperatorDialogs dialogs;
    private final ArchiveExporter archive;

    /** A console with real confirmation dialogs. */
    ConsoleView(ConsoleViewModel model) {
        this(model, OperatorDialogs.alerts());
    }

    /** Starts the model (it subscribes to the hall and loads the meeting); call on the JavaFX thread. */
    ConsoleView(ConsoleViewModel model, OperatorDialogs dialogs) {
        this(model, dialogs, null);
    }

    /** With {@code archive}, the header offers "Xuất hồ sơ" (export the session record). */
    ConsoleView(ConsoleViewModel model, OperatorDialogs dialogs, ArchiveExporter archive) {
        this.model = model;
        this.dialogs = dialogs;
        this.archive = archive;
        ConsoleFonts.load();
        createView();
        model.start();
    }

    private void createView() {
        setId("console");
        getStyleClass().add("console");
        getStylesheets().add(Objects.requireNonNull(ConsoleView.class.getResource(STYLESHEET)).toExternalForm());
        ChairDisplayWindow chair = new ChairDisplayWindow(model::newChairDisplay);
        // the chair display belongs to this console: it goes when the console's window goes
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .subscribe((was, now) -> {
                    if (was && !now) {
                        chair.close();
                    }
                });
        setTop(new VBox(new ConsoleHeader(model, dialogs, chair, archive == null ? null : this::openArchiveExport), errorBanner()));

        AgendaView agenda = new AgendaView(model.agenda(), model.language(), this::openNewMeeting);
        HBox.setHgrow(agenda, Priority.ALWAYS);
        agenda.setMinWidth(0);
        agenda.setPrefWidth(0); // long titles wrap; the agenda takes whatever width the side column leaves
        EventFeedView feed = new EventFeedView(model.feed(), model.language());
        VBox.setVgrow(feed, Priority.ALWAYS);
        VBox side = new VBox(16, new TabletPanel(model.tablets(), model.language()), feed);
        HBox body = new HBox(16, agenda, side);
        side.prefWidthProperty().bind(body.widthProperty().multiply(0.37));
        side.setMinWidth(SIDE_MIN_WIDTH);
        side.setMaxWidth(SIDE_MAX_WIDTH);
        // On a short screen the feed gives way (clipped) so that the agenda and its button stay whole.
        feed.setMinHeight(0);
        side.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(side.widthProperty());
        clip.heightProperty().bind(side.heightProperty());
        side.setClip(clip);
        body.getStyleClass().add("console-body");

        Tab agendaTab = new Tab();
        agendaTab.setId("agendaTab");
        agendaTab.textProperty().bind(model.language().text("tab.agenda"));
        agendaTab.setContent(body);
        VotePanelView votes = new VotePanelView(model, dialogs);
        votes.getStyleClass().add("console-body");
        Tab votesTab = new Tab();
        votesTab.setId("votesTab");
        votesTab.textProperty().bind(Bindings.when(model.votes().list().anyOpen())
                .then(model.language().text("tab.votes.live")).otherwise(model.language().text("tab.votes")));
        votesTab.setContent(votes);
        TabPane tabs = new TabPane(agendaTab, votesTab, floorTab(),
                DocumentsView.tab(model.documents(), model.language(), dialogs, model.floor()::time));
        tabs.setId("consoleTabs");
        tabs.getStyleClass().add("console-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    /** Điều hành: attendance, speakers, the chair's inbox and notices; the tab counts unread opinions. */
    private Tab floorTab() {
        FloorView floor = new FloorView(model.floor(), model.language(), dialogs, ReasonPrompt.dialog());
        floor.getStyleClass().add("console-body");
        Tab tab = new Tab();
        tab.setId("floorTab");
        IntegerExpression unread = model.floor().inbox().unreadProperty();
        tab.textProperty().bind(Bindings.when(unread.greaterThan(0))
                .then(model.language().format("tab.floor.unread", unread))
                .otherwise(model.language().text("tab.floor")));
        tab.setContent(floor);
        return tab;
    }

    /** Chooses a folder and exports the session record into it. */
    private void openArchiveExport() {
        ArchiveExportViewModel export = new ArchiveExportViewModel(archive, model.language(), Platform::runLater,
                work -> new Thread(work, "archive-export").start());
        ArchiveExportDialog.open(getScene() == null ? null : getScene().getWindow(), export, model.language());
    }

    /** Opens the "Cuộc họp mới" form over the console. */
    private void openNewMeeting() {
        NewMeetingDialog.open(getScene() == null ? null : getScene().getWindow(), model.newMeeting(), model.language());
    }

    /** What went wrong and what to do, in words; hidden while there is nothing to say. */
    private HBox errorBanner() {
        Label icon = new Label("⚠");
        icon.getStyleClass().add("error-icon");
        Label message = new Label();
        message.setId("errorMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.errorMessageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Button reload = new Button();
        reload.setId("reload");
        reload.textProperty().bind(model.language().text("error.reload"));
        reload.setOnAction(e -> model.reload());
        reload.setMinWidth(Button.USE_PREF_SIZE);
        Button dismiss = new Button();
        dismiss.setId("dismissError");
        dismiss.textProperty().bind(model.language().text("error.dismiss"));
        dismiss.setOnAction(e -> model.dismissError());
        dismiss.setMinWidth(Button.USE_PREF_SIZE);

        HBox banner = new HBox(14, icon, message, reload, dismiss);
        banner.setId("errorBanner");
        banner.getStyleClass().add("error-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.errorMessageProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
