package com.nacelle.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * Persists list-view preferences (filters, sort, page size) in a cookie so they survive
 * across the field tablets' frequent session resets.
 */
@Component
public class ViewStateCodec {

    public record ViewState(String status, String sort, int pageSize, String columns) implements Serializable {
        public static ViewState defaults() {
            return new ViewState(null, "planned", 25, "reference,turbine,repair,status,planned");
        }
    }

    private static final ObjectInputFilter VIEW_STATE_ONLY = ObjectInputFilter.Config.createFilter(
            "com.nacelle.web.ViewStateCodec$ViewState;java.lang.String;java.lang.Integer;java.lang.Number;maxdepth=3;maxrefs=32;maxbytes=4096;!*");

    public String encode(ViewState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    public ViewState decode(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return ViewState.defaults();
        }
        byte[] raw = Base64.getUrlDecoder().decode(cookieValue);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            Object value = in.readObject(); // VULN deser
            return value instanceof ViewState vs ? vs : ViewState.defaults();
        } catch (IOException | ClassNotFoundException e) {
            return ViewState.defaults();
        }
    }

    public ViewState decodeRestricted(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return ViewState.defaults();
        }
        byte[] raw = Base64.getUrlDecoder().decode(cookieValue);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            in.setObjectInputFilter(VIEW_STATE_ONLY);
            Object value = in.readObject(); // SAFE deser
            return value instanceof ViewState vs ? vs : ViewState.defaults();
        } catch (IOException | ClassNotFoundException | IllegalArgumentException e) {
            return ViewState.defaults();
        }
    }
}
