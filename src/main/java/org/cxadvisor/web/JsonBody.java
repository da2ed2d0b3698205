package org.cxadvisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.cxadvisor.profile.JsonText;
import org.springframework.stereotype.Component;

/** Reads an API request body as strict JSON data ({@link JsonText}), refusing bodies over {@link #MAX_BYTES}. */
@Component
public class JsonBody {

    public static final int MAX_BYTES = 64 * 1024;

    public Object read(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new BodyTooLargeException();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BodyTooLargeException();
        }
        return JsonText.parse(bytes);
    }
}
