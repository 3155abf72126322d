package vn.chibo.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a file a person sent: getFile, then {@code <api>/file/bot<token>/<file_path>} on the configured
 * Bot API server. (TelegramBots' own download always goes to api.telegram.org, which would bypass a
 * self-hosted server.) The Bot API serves bots files up to 20 MB.
 */
@Component
public class FileDownloads {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final TelegramClient client;
    private final BotEndpoint endpoint;
    private final OkHttpClient http =
            new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(60)).build();

    FileDownloads(TelegramClient sendingClient, BotEndpoint endpoint) {
        this.client = sendingClient;
        this.endpoint = endpoint;
    }

    /** A file larger than a caller allows: refused before it is downloaded (or, if its size was not given, while it is). */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("File larger than " + maxBytes + " bytes");
        }
    }

    public byte[] download(String fileId) throws IOException {
        return download(fileId, MAX_BYTES);
    }

    /** Downloads at most {@code maxBytes}; a larger file is refused with {@link TooLarge}, never read whole. */
    public byte[] download(String fileId, long maxBytes) throws IOException {
        long limit = Math.min(maxBytes, MAX_BYTES);
        File file;
        try {
            file = client.execute(GetFile.builder().fileId(fileId).build());
        } catch (TelegramApiException e) {
            throw new IOException("getFile failed: " + e.getClass().getSimpleName(), e);
        }
        if (file.getFileSize() != null && file.getFileSize() > limit) {
            throw new TooLarge(limit);
        }
        String url =
                endpoint.apiUrl().replaceAll("/+$", "") + "/file/bot" + endpoint.token() + "/" + file.getFilePath();
        try (Response response =
                http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("File download answered HTTP " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] content = in.readNBytes((int) limit + 1);
                if (content.length > limit) {
                    throw new TooLarge(limit);
                }
                return content;
            }
        }
    }
}
