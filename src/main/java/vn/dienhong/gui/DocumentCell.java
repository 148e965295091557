package vn.dienhong.gui;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.Document;

/**
 * One document in use as the operator checks it: its category as a tag, the title in full, then its
 * number, pages, version ("Bản mới" once replaced), who may read it, and a mark when it is restricted.
 */
final class DocumentCell extends ListCell<Document> {
    private final LanguageModel language;
    private final Function<TemporalAccessor, String> time;
    private final Label category = new Label();
    private final Label restricted = new Label();
    private final Label title = new Label();
    private final Label details = new Label();
    private final VBox box;

    DocumentCell(LanguageModel language, Function<TemporalAccessor, String> time) {
        this.language = language;
        this.time = time;
        category.getStyleClass().add("document-category");
        category.setMinWidth(0);
        restricted.getStyleClass().add("document-restricted");
        restricted.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, category, gap, restricted);
        top.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("document-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("document-details");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        box = new VBox(3, top, title, details);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Document document, boolean empty) {
        super.updateItem(document, empty);
        if (empty || document == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        Messages m = language.messages();
        setId("document" + document.id());
        category.setText(m.get("document.category." + document.category().name()));
        // no hidden words: what a row says is what the operator sees
        restricted.setText(document.restricted() ? m.get("document.restricted") : "");
        restricted.setVisible(document.restricted());
        title.setText(document.title());
        details.setText(String.join(" · ", details(m, document)));
        setGraphic(box);
    }

    private List<String> details(Messages m, Document document) {
        List<String> parts = new ArrayList<>();
        if (document.number() != null) {
            parts.add(m.format("document.number", document.number()));
        }
        parts.add(m.format("document.pages", document.pages()));
        parts.add(m.format(document.version() > 1 ? "document.version.new" : "document.version", document.version()));
        parts.add(m.get("document.audience." + document.audience().name()));
        if (document.visibleFrom() != null && document.visibleFrom().isAfter(Instant.now())) {
            parts.add(m.format("document.visibleFrom", time.apply(document.visibleFrom())));
        }
        return parts;
    }
}
