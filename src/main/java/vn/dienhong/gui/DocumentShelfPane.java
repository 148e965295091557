package vn.dienhong.gui;

import java.io.File;
import java.text.NumberFormat;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.Document;
import vn.dienhong.model.PaperSaved;

/**
 * Tài liệu đang dùng: the paper the meeting did not print, every document in use as tablets get it,
 * and the two commands on the chosen one: load a new version, or withdraw it after asking once more.
 */
final class DocumentShelfPane extends VBox {
    private final DocumentShelfViewModel model;
    private final LanguageModel language;
    private final OperatorDialogs dialogs;
    private final ListView<Document> list = new ListView<>();

    DocumentShelfPane(DocumentShelfViewModel model, LanguageModel language, OperatorDialogs dialogs,
                      Function<TemporalAccessor, String> time) {
        this.model = model;
        this.language = language;
        this.dialogs = dialogs;
        getStyleClass().addAll("panel", "shelf-panel");
        setSpacing(8);
        Label heading = FloorView.heading(language.text("document.shelf.heading"));
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Label count = new Label();
        count.setId("documentCount");
        count.getStyleClass().add("floor-subheading");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(language.bind(m -> m.format("document.count", model.documents().size()),
                model.documents()));
        HBox top = new HBox(10, heading, count);
        top.setAlignment(Pos.BASELINE_LEFT);

        Label paper = new Label();
        paper.setId("paperSaved");
        paper.getStyleClass().add("paper-saved");
        paper.setWrapText(true);
        paper.setMinHeight(Region.USE_PREF_SIZE);
        paper.setMaxWidth(Double.MAX_VALUE);
        paper.textProperty().bind(language.bind(m -> paperLine(m, model.paperProperty().get()), model.paperProperty()));

        list.setId("documentList");
        list.getStyleClass().add("floor-list");
        list.setItems(model.documents());
        list.setCellFactory(v -> new DocumentCell(language, time));
        list.setPlaceholder(FloorView.placeholder(language.text("document.shelf.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);
        ListChoiceKeeper.keep(list, Document::id);
        list.getItems().addListener((ListChangeListener<Document>) c -> reveal());
        model.justLoadedProperty().addListener((o, old, now) -> reveal());
        language.messagesProperty().addListener((o, old, now) -> list.refresh());
        getChildren().addAll(top, paper, list, commands());
    }

    /** "Giấy tiết kiệm: 12.480 trang không phải in …", numbers grouped the way the language writes them. */
    static String paperLine(Messages m, PaperSaved paper) {
        if (paper == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getIntegerInstance(m.locale());
        return m.format("document.paper", number.format(paper.printedPages()), number.format(paper.documents()),
                number.format(paper.pages()));
    }

    /** Chooses and scrolls to the document the operator just loaded, once the list holds it. */
    private void reveal() {
        Long id = model.justLoadedProperty().get();
        for (int i = 0; id != null && i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                model.revealed();
                return;
            }
        }
    }

    private VBox commands() {
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        Button replace = FloorView.button("replaceDocument", "document.replace", language, "floor-button");
        replace.disableProperty().bind(none);
        replace.setOnAction(e -> replace());
        Button withdraw = FloorView.button("withdrawDocument", "document.withdraw", language, "floor-button-danger");
        withdraw.disableProperty().bind(none);
        withdraw.setOnAction(e -> withdraw());
        GridPane buttons = new GridPane();
        buttons.setHgap(8);
        buttons.add(replace, 0, 0);
        buttons.add(withdraw, 1, 0);
        FloorView.evenColumns(buttons, 2);
        ProgressIndicator wheel = new ProgressIndicator();
        wheel.setPrefSize(24, 24);
        HBox working = new HBox(8, wheel, FloorView.hint(language.text("document.working")));
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        return new VBox(8, working, buttons);
    }

    private void replace() {
        Document chosen = list.getSelectionModel().getSelectedItem();
        File file = chosen == null ? null : DocumentIntakePane.chooser(language, "document.replace.title")
                .showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.replace(chosen, file.toPath());
        }
    }

    /** Withdrawing takes a document from every tablet at once, so it is asked once more. */
    private void withdraw() {
        Document chosen = list.getSelectionModel().getSelectedItem();
        Messages m = language.messages();
        if (chosen != null && dialogs.confirm(getScene() == null ? null : getScene().getWindow(),
                m.get("document.withdraw.title"), m.format("document.withdraw.message", chosen.title()),
                m.get("document.withdraw.yes"), m.get("document.withdraw.no"))) {
            model.withdraw(chosen);
        }
    }
}
