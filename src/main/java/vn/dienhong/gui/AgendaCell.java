package vn.dienhong.gui;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.model.AgendaItem;

/**
 * One row of the agenda: a large ordinal, the title in full (wrapped, never cut), the presenter and
 * time budget, and a marked background when it is the item under discussion.
 */
final class AgendaCell extends ListCell<AgendaItem> {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final AgendaViewModel agenda;
    private final LanguageModel language;
    private final Label ordinal = new Label();
    private final Label title = new Label();
    private final Label details = new Label();
    private final Label currentTag = new Label();
    private final HBox row;

    AgendaCell(AgendaViewModel agenda, LanguageModel language) {
        this.agenda = agenda;
        this.language = language;
        ordinal.getStyleClass().add("agenda-ordinal");
        ordinal.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("agenda-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("agenda-details");
        details.setWrapText(true);
        currentTag.getStyleClass().add("current-tag");
        currentTag.setMinWidth(Region.USE_PREF_SIZE);
        currentTag.managedProperty().bind(currentTag.visibleProperty());
        VBox text = new VBox(4, title, details);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(14, ordinal, text, currentTag);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("agenda-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // A zero preferred width lets the list, not the longest title, decide how wide rows are,
        // so long titles wrap instead of running off under a horizontal scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(AgendaItem item, boolean empty) {
        super.updateItem(item, empty);
        boolean current = !empty && item != null && item.equals(agenda.currentItemProperty().get());
        pseudoClassStateChanged(CURRENT, current);
        if (empty || item == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        Messages m = language.messages();
        setId("agendaItem" + item.ordinal());
        ordinal.setText(String.valueOf(item.ordinal()));
        title.setText(item.title());
        String presenter = item.presenter() == null ? "" : item.presenter();
        String minutes = item.durationMinutes() == null ? "" : m.format("agenda.minutes", item.durationMinutes());
        details.setText(presenter.isEmpty() || minutes.isEmpty() ? presenter + minutes : presenter + " · " + minutes);
        currentTag.setText(m.get("agenda.current.tag"));
        currentTag.setVisible(current);
        setGraphic(row);
    }
}
