package vn.dienhong.gui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.dienhong.gui.ChairDisplayViewModel.Phase;

/**
 * The chair display (attendance against the quorum at all times; the item under discussion with the
 * floor, a vote running, or a vote's result in dark, very large type), drawn once for 1920×1080 and
 * scaled to whatever screen or Stage it is put in, so tests show it without a second screen.
 */
final class ChairDisplayView extends StackPane {
    static final String STYLESHEET = "/gui/chair-display.css";
    static final double WIDTH = 1920;
    static final double HEIGHT = 1080;
    private static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    private final ChairDisplayViewModel model;

    /** Starts the model (it follows the hall from now on); call on the JavaFX thread. */
    ChairDisplayView(ChairDisplayViewModel model) {
        this.model = model;
        ConsoleFonts.load();
        createView();
        model.start();
        Ticker.whileShowing(this, model::tick);
    }

    private void createView() {
        setId("chairDisplayView");
        getStyleClass().add("chair-display");
        getStylesheets().add(Objects.requireNonNull(ChairDisplayView.class.getResource(STYLESHEET)).toExternalForm());

        Label meeting = label("chairMeeting", "chair-meeting", model.meetingTitleProperty());
        Label caption = label(null, "chair-caption", model.language().text("chair.current"));
        Label agenda = label("chairAgenda", "chair-agenda", model.agendaLine());
        // What a chair expects of the hall's screen: the count against the quorum at all times, in the top band
        // (it is announced before each vote, and ballots change it); between votes, the floor as the main content
        // whenever someone speaks or waits (the item stays in the top band); during a vote and its result, the
        // vote as the main content with the queue set aside (nobody is called mid-vote), yet whoever has the
        // floor stays in sight in a band under it with the time left or over, so a turn left running is seen and
        // ended. Giving the floor after a result ends its showing (ChairDisplayViewModel): the floor returns.
        // the quorum beside the meeting's two lines, the item across the whole width: the band grows no taller
        GridPane top = new GridPane();
        top.setHgap(40);
        top.setVgap(6);
        top.add(meeting, 0, 0);
        top.add(caption, 0, 1);
        top.add(quorum(), 1, 0, 1, 2);
        top.add(agenda, 0, 2, 2, 1);
        ColumnConstraints grows = new ColumnConstraints();
        grows.setHgrow(Priority.ALWAYS);
        grows.setMinWidth(0);
        top.getColumnConstraints().addAll(grows, new ColumnConstraints());
        top.getStyleClass().add("chair-top");
        ChairFloorViewModel floor = model.floor();
        Node idle = idle();
        idle.visibleProperty().bind(model.phase().isEqualTo(Phase.IDLE).and(floor.hasFloor().not()));
        Node floorPane = new ChairFloorPane(floor, model.language());
        floorPane.visibleProperty().bind(model.phase().isEqualTo(Phase.IDLE).and(floor.hasFloor()));
        StackPane center = new StackPane(idle, floorPane, shownIn(Phase.VOTING, voting()),
                shownIn(Phase.RESULT, new ChairResultPane(model)));
        center.getStyleClass().add("chair-center");
        ChairFloorBand band = new ChairFloorBand(floor, model.language());
        band.visibleProperty().bind(model.phase().isNotEqualTo(Phase.IDLE).and(floor.speakingProperty().isNotNull()));
        band.managedProperty().bind(band.visibleProperty());

        BorderPane board = new BorderPane(center, top, null, band, null);
        board.setId("chairBoard");
        board.getStyleClass().add("chair-board");
        board.setMinSize(WIDTH, HEIGHT);
        board.setPrefSize(WIDTH, HEIGHT);
        board.setMaxSize(WIDTH, HEIGHT);
        // one drawing for every screen: scaled whole, so a 1280×720 projector shows the same layout
        board.scaleXProperty().bind(Bindings.min(widthProperty().divide(WIDTH), heightProperty().divide(HEIGHT)));
        board.scaleYProperty().bind(board.scaleXProperty());
        setMinSize(0, 0);
        getChildren().add(board);
    }

    private Node quorum() {
        ChairFloorViewModel floor = model.floor();
        Label present = label("chairPresent", "chair-present", floor.presentLine());
        Label state = label("chairQuorumState", "chair-quorum-state", floor.quorumState());
        VBox box = new VBox(0, present, state);
        box.setId("chairQuorum");
        box.getStyleClass().add("chair-quorum");
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        floor.quorumMet().subscribe(met -> box.pseudoClassStateChanged(MET, met));
        box.visibleProperty().bind(floor.presentLine().isNotEmpty());
        return box;
    }

    private Node idle() {
        Label caption = label(null, "chair-idle-caption", model.language().text("chair.current"));
        Label item = label("chairIdleItem", "chair-idle-item", model.agendaLine());
        VBox box = new VBox(24, caption, item);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node voting() {
        Label badge = label(null, "chair-badge-live", model.language().text("chair.voting"));
        Label title = label("chairVoteTitle", "chair-vote-title", model.live().title());
        Label kind = label("chairKindLine", "chair-kind-line", model.live().kindLine());
        kind.visibleProperty().bind(model.live().kindLine().isNotEmpty());
        kind.managedProperty().bind(kind.visibleProperty());
        Label clockCaption = label(null, "chair-clock-caption", model.language().text("chair.countdown"));
        Label clock = label("chairClock", "chair-clock", model.live().clock());
        VBox countdown = new VBox(0, clockCaption, clock);
        countdown.setAlignment(Pos.CENTER);
        countdown.visibleProperty().bind(model.live().clock().isNotEmpty());
        countdown.managedProperty().bind(countdown.visibleProperty());
        Label progress = label("chairProgress", "chair-progress", model.live().progressOfPresent());
        Label total = label("chairTotal", "chair-total", model.live().total());
        VBox box = new VBox(28, badge, title, kind, countdown, progress, total);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node shownIn(Phase phase, Node node) {
        node.visibleProperty().bind(model.phase().isEqualTo(phase));
        return node;
    }

    static Label label(String id, String style, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }
}
