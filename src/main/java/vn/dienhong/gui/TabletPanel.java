package vn.dienhong.gui;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Tells the operator how delegates reach the hall from their tablets (the address in large type and
 * as a QR code) and how many tablets are connected right now.
 */
final class TabletPanel extends VBox {
    static final int QR_SIZE = 168;
    private final TabletsViewModel tablets;
    private final LanguageModel language;

    TabletPanel(TabletsViewModel tablets, LanguageModel language) {
        this.tablets = tablets;
        this.language = language;
        createView();
    }

    private void createView() {
        getStyleClass().addAll("panel", "tablet-panel");
        setSpacing(8);
        Label heading = wrapped("panel-heading");
        heading.textProperty().bind(language.text("tablets.heading"));
        Label open = wrapped("hint");
        open.textProperty().bind(language.text("tablets.open"));
        Label address = wrapped("tablet-address");
        address.setId("tabletAddress");

        Label count = wrapped("tablet-count");
        count.setId("tabletCount");
        count.textProperty().bind(language.format("tablets.connected", tablets.countProperty()));
        VBox beside = new VBox(10, count);
        beside.setAlignment(Pos.CENTER_LEFT);
        beside.setMinWidth(0);
        HBox.setHgrow(beside, Priority.ALWAYS);
        HBox codeRow = new HBox(16, beside);
        codeRow.setAlignment(Pos.CENTER_LEFT);

        String primary = tablets.primaryAddress();
        if (primary.isEmpty()) {
            address.getStyleClass().add("warning-text");
            address.textProperty().bind(language.text("tablets.noAddress"));
        } else {
            address.setText(primary);
            ImageView qr = new ImageView(QrCodes.of(primary, QR_SIZE));
            qr.setId("qrCode");
            qr.setSmooth(false);
            qr.setAccessibleText(primary);
            Label scan = wrapped("hint");
            scan.textProperty().bind(language.text("tablets.scan"));
            codeRow.getChildren().add(0, qr);
            beside.getChildren().add(0, scan);
        }
        getChildren().addAll(heading, open, address, codeRow);

        if (!tablets.otherAddresses().isEmpty()) {
            Label others = wrapped("hint");
            others.setId("otherAddresses");
            others.textProperty().bind(language.format("tablets.others",
                    new SimpleStringProperty(String.join("   ", tablets.otherAddresses()))));
            getChildren().add(others);
        }
    }

    private static Label wrapped(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
