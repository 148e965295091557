package vn.dienhong.logic;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Turns the operating system's reasons for a failed write into a sentence for the archivist: full
 * disk, read-only medium, no permission, or a path that is not a folder, each with what to do.
 */
final class WriteFailures {
    private WriteFailures() {
    }

    static ArchiveFailed explain(java.nio.file.Path target, Throwable e) {
        Throwable cause = e.getCause() != null && !(e instanceof FileSystemException) ? e.getCause() : e;
        String reason = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        String where = String.valueOf(target.getParent());
        String text;
        if (reason.contains("no space") || reason.contains("disk full") || reason.contains("not enough space")) {
            text = "Ổ đĩa chứa " + where + " đã đầy khi đang ghi hồ sơ. Hãy giải phóng chỗ trống hoặc chọn ổ khác.";
        } else if (reason.contains("read-only")) {
            text = "Ổ đĩa chứa " + where + " chỉ cho đọc (read-only). Hãy chọn thư mục trên ổ khác, hoặc mở khóa ghi của USB.";
        } else if (cause instanceof AccessDeniedException) {
            text = "Không có quyền ghi vào " + where + ". Hãy chọn thư mục khác.";
        } else if (cause instanceof NotDirectoryException || reason.contains("not a directory")
                || cause instanceof java.nio.file.FileAlreadyExistsException) {
            text = "Không tạo được thư mục hồ sơ " + target + ": một phần của đường dẫn là tệp, không phải thư mục. "
                    + "Hãy chọn thư mục khác.";
        } else {
            text = "Không ghi được hồ sơ vào " + target + " (" + cause.getMessage() + "). Hãy chọn thư mục khác hoặc thử lại.";
        }
        return new ArchiveFailed(text + " Không có tệp nào của lần xuất này được để lại.", e);
    }
}
