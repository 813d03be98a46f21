package com.cargomark.admin.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Base64;

import com.cargomark.admin.model.SavedFilter;

public final class SavedFilterCodec {

    public static final String COOKIE_NAME = "cm_admin_filter";

    private SavedFilterCodec() {
    }

    public static String encode(SavedFilter filter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(filter);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    public static SavedFilter decode(String value) throws IOException {
        byte[] raw = Base64.getUrlDecoder().decode(value);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            return (SavedFilter) in.readObject(); // VULN deser
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("Unreadable saved filter", e);
        }
    }
}
