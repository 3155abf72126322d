package vn.chibo.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Fetches a file a person sent (getFile, then the file URL); the Bot API serves bots files up to 20 MB. */
@Component
public class FileDownloads {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final TelegramClient client;

    FileDownloads(TelegramClient sendingClient) {
        this.client = sendingClient;
    }

    public byte[] download(String fileId) throws IOException {
        try {
            File file = client.execute(GetFile.builder().fileId(fileId).build());
            if (file.getFileSize() != null && file.getFileSize() > MAX_BYTES) {
                throw new IOException("File larger than 20 MB");
            }
            try (InputStream in = client.downloadFileAsStream(file)) {
                return in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (TelegramApiException e) {
            throw new IOException("Could not download the file: " + e.getClass().getSimpleName(), e);
        }
    }
}
