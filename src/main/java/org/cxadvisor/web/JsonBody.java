package org.cxadvisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.Violation;
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
            // A broken chunked body, a body cut off, or the client gone: the request cannot be read, which is a 400.
            throw new BadRequestException("problem.malformed.title", List.of(new Violation("", "error.body.unreadable")));
        }
        if (bytes.length > MAX_BYTES) {
            throw new BodyTooLargeException();
        }
        return JsonText.parse(bytes);
    }
}
