package vn.chibo.localapi;

/** A file held by the server, addressed by {@code fileId} as Telegram does. */
public record StoredFile(
        String fileId, String fileUniqueId, String fileName, String mimeType, byte[] content, boolean photo) {

    public long size() {
        return content.length;
    }
}
