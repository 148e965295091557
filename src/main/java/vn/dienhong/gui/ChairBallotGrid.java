package vn.dienhong.gui;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dienhong.gui.ChairDisplayViewModel.Seat;

/**
 * Every delegate's choice in an open vote as a grid of seats (seat, name, choice in words on the
 * choice's colour), sized so that the whole council fits the screen without scrolling.
 */
final class ChairBallotGrid extends Region {
    static final double GAP = 8;
    /** Tiles stay at least this many times wider than tall, so "A15  Không tán thành" and a name fit. */
    static final double TILE_RATIO = 4.0;
    /** Above this many seats the tiles use smaller type. */
    static final int DENSE = 60;

    ChairBallotGrid(ObservableValue<List<Seat>> seats) {
        setId("chairGrid");
        getStyleClass().add("chair-grid");
        seats.subscribe(this::show);
    }

    private void show(List<Seat> seats) {
        getChildren().setAll(seats.stream().map(ChairBallotGrid::tile).toList());
        getStyleClass().remove("dense");
        if (seats.size() > DENSE) {
            getStyleClass().add("dense");
        }
    }

    private static Node tile(Seat seat) {
        String kind = seat.choice() == null ? "none" : seat.choice().toLowerCase();
        Label number = new Label(seat.seat());
        number.getStyleClass().add("seat-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Label choice = new Label(seat.choiceLabel());
        choice.getStyleClass().add("seat-choice");
        HBox top = new HBox(8, number, space, choice);
        top.setAlignment(Pos.CENTER_LEFT);
        Label name = new Label(seat.name());
        name.getStyleClass().add("seat-name");
        VBox tile = new VBox(2, top, name);
        tile.setId("seat-" + seat.seat());
        tile.getStyleClass().addAll("seat-tile", "choice-" + kind);
        tile.setAlignment(Pos.CENTER_LEFT);
        return tile;
    }

    /** Picks the number of columns that gives the largest tiles that all fit, then places them row by row. */
    @Override
    protected void layoutChildren() {
        List<Node> tiles = getManagedChildren();
        int n = tiles.size();
        if (n == 0) {
            return;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        int bestColumns = 1;
        double bestHeight = 0;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            double tileWidth = (width - GAP * (columns - 1)) / columns;
            double tileHeight = Math.min(tileWidth / TILE_RATIO, (height - GAP * (rows - 1)) / rows);
            if (tileHeight > bestHeight) {
                bestHeight = tileHeight;
                bestColumns = columns;
            }
        }
        double tileWidth = (width - GAP * (bestColumns - 1)) / bestColumns;
        for (int i = 0; i < n; i++) {
            double x = snappedLeftInset() + (i % bestColumns) * (tileWidth + GAP);
            double y = snappedTopInset() + (i / bestColumns) * (bestHeight + GAP);
            tiles.get(i).resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(tileWidth),
                    snapSizeY(bestHeight));
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }
}
