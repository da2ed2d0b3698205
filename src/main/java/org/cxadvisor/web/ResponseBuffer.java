package org.cxadvisor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers of up to {@value #BYTES} bytes leave in one write with their Content-Length, instead of Tomcat's 8 KB
 * chunks: a report is 15-25 KB, and each chunk is a write to the socket and, over loopback, the client's receiving
 * of it in the same system call.
 */
@Component
class ResponseBuffer extends OncePerRequestFilter {

    static final int BYTES = 32 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BYTES);
        chain.doFilter(request, response);
    }
}
