package vn.dienhong.gui;

import java.io.File;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Tab;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * The console's Tài liệu tab: files to load on the left, the documents in use on the right; files
 * dropped anywhere on the tab are taken, since the operator drags them from the PC's file manager.
 */
final class DocumentsView extends GridPane {
    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    /** The columns' shares of the width: the forms need room for their fields as the list for long titles. */
    private static final double[] SHARES = {50, 50};
    private final DocumentsViewModel model;

    DocumentsView(DocumentsViewModel model, LanguageModel language, OperatorDialogs dialogs,
                  Function<TemporalAccessor, String> time) {
        this.model = model;
        setId("documentsPanel");
        getStyleClass().addAll("console-body", "documents-panel");
        setHgap(14);
        DocumentIntakePane intake = new DocumentIntakePane(model, language);
        DocumentShelfPane shelf = new DocumentShelfPane(model.shelf(), language, dialogs, time);
        for (double share : SHARES) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(share);
            column.setMinWidth(0);
            getColumnConstraints().add(column);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        getRowConstraints().add(row);
        for (Region column : new Region[] {intake, shelf}) {
            column.setMinSize(0, 0);
            column.setMaxHeight(Double.MAX_VALUE);
        }
        addRow(0, intake, shelf);
        initDragAndDrop();
    }

    /** The tab itself, its title following the language. */
    static Tab tab(DocumentsViewModel model, LanguageModel language, OperatorDialogs dialogs,
                   Function<TemporalAccessor, String> time) {
        Tab tab = new Tab();
        tab.setId("documentsTab");
        tab.textProperty().bind(language.text("tab.documents"));
        tab.setContent(new DocumentsView(model, language, dialogs, time));
        return tab;
    }

    private void initDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                pseudoClassStateChanged(DRAGGING, true);
            }
            e.consume();
        });
        setOnDragExited(e -> pseudoClassStateChanged(DRAGGING, false));
        setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        boolean files = e.getDragboard().hasFiles();
        if (files) {
            model.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        pseudoClassStateChanged(DRAGGING, false);
        e.setDropCompleted(files);
        e.consume();
    }
}
