package vn.chibo.localapi;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Files sent by people or by the bot, under ids in Telegram's shape, for {@code getFile} and downloads. */
final class FileStore {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

    StoredFile get(String fileId) {
        return fileId == null ? null : files.get(fileId);
    }

    void put(StoredFile file) {
        files.put(file.fileId(), file);
    }

    StoredFile storeUpload(String fileName, String mimeType, byte[] content, boolean photo) {
        String fileId = (photo ? "AgAC" : "BQAC") + hex(12);
        var file = new StoredFile(fileId, hex(6), fileName, mimeType, content, photo);
        files.put(fileId, file);
        return file;
    }

    Object getFile(String fileId) {
        StoredFile file = get(fileId);
        if (file == null) {
            throw ApiError.badRequest("invalid file_id");
        }
        return Map.of(
                "file_id",
                file.fileId(),
                "file_unique_id",
                file.fileUniqueId(),
                "file_size",
                file.size(),
                "file_path",
                "documents/" + file.fileId());
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
