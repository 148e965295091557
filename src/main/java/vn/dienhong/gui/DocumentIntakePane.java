package vn.dienhong.gui;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Nạp tài liệu: where files come in (dropped on the tab, chosen several at a time, or a whole
 * folder) and wait, each in its own small form, until the operator has described and loaded them.
 */
final class DocumentIntakePane extends VBox {
    private final DocumentsViewModel model;
    private final LanguageModel language;
    private final VBox forms = new VBox(12);
    private final Map<DocumentDraft, DocumentDraftForm> shown = new HashMap<>();
    private File lastFolder;

    DocumentIntakePane(DocumentsViewModel model, LanguageModel language) {
        this.model = model;
        this.language = language;
        createView();
        model.drafts().addListener((ListChangeListener<DocumentDraft>) c -> showForms());
        showForms();
    }

    private void createView() {
        getStyleClass().addAll("panel", "intake-panel");
        setSpacing(10);
        Label drop = FloorView.hint(language.text("document.drop"));
        drop.setId("dropHint");
        drop.getStyleClass().add("drop-hint");
        drop.setMaxWidth(Double.MAX_VALUE);
        Button files = FloorView.button("chooseFiles", "document.chooseFiles", language, "floor-button");
        files.setOnAction(e -> chooseFiles());
        Button folder = FloorView.button("chooseFolder", "document.chooseFolder", language, "floor-button");
        folder.setOnAction(e -> chooseFolder());
        GridPane buttons = new GridPane();
        buttons.setHgap(8);
        buttons.add(files, 0, 0);
        buttons.add(folder, 1, 0);
        FloorView.evenColumns(buttons, 2);

        ScrollPane scroll = new ScrollPane(forms);
        scroll.setId("draftScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("draft-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(FloorView.heading(language.text("document.intake.heading")), drop, buttons, scroll);
    }

    /** One form per waiting file, kept while the file waits so that what was typed stays. */
    private void showForms() {
        shown.keySet().retainAll(model.drafts());
        if (model.drafts().isEmpty()) {
            Label none = FloorView.placeholder(language.text("document.drafts.empty"));
            none.setId("noDrafts");
            forms.getChildren().setAll(none);
            return;
        }
        forms.getChildren().setAll(model.drafts().stream()
                .map(d -> shown.computeIfAbsent(d, draft -> new DocumentDraftForm(draft, model, language)))
                .toList());
    }

    private void chooseFiles() {
        FileChooser chooser = chooser(language, "document.chooseFiles.title");
        chooser.setInitialDirectory(lastFolder);
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            lastFolder = chosen.get(0).getParentFile();
            model.addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    /** A file chooser showing the kinds of file the hall takes first, titled with {@code titleKey}'s words. */
    static FileChooser chooser(LanguageModel language, String titleKey) {
        Messages m = language.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(titleKey));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("document.chooseFiles.kinds"),
                        DocumentsViewModel.FOLDER_KINDS.stream().sorted().map(k -> "*." + k).toList()),
                new FileChooser.ExtensionFilter(m.get("document.chooseFiles.all"), "*.*"));
        return chooser;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(language.messages().get("document.chooseFolder.title"));
        chooser.setInitialDirectory(lastFolder);
        File folder = chooser.showDialog(window());
        if (folder != null) {
            lastFolder = folder;
            model.addFolder(folder.toPath());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
