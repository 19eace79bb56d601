package org.regindex.platform.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept in memory until {@link #send()} (or until the caller sends something else in its
 * place); headers go straight through. An error or a redirect is the response's own: the kept body is dropped.
 */
public class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean handedOver;

    public BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether the answer is a plain 200 with its body kept here (no error, no redirect). */
    public boolean keptAnOk() {
        return !handedOver && getStatus() == SC_OK;
    }

    /** The body written so far. */
    public byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Sends the kept body as it was written. */
    public void send() throws IOException {
        if (handedOver) {
            return;
        }
        byte[] bytes = body();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("A kept body is written synchronously.");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return handedOver && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    @Override
    public void setContentLength(int length) {
        // Set by send() once the body is known.
    }

    @Override
    public void setContentLengthLong(long length) {
        // Set by send() once the body is known.
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        handedOver = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        handedOver = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        handedOver = true;
        super.sendRedirect(location);
    }
}
