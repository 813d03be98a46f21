package com.ledgerbay.messaging;

import com.ledgerbay.dto.StatusUpdate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

/**
 * Wire format for ABI status notifications: Java serialization of {@link StatusUpdate}, as produced by
 * the ACE bridge and by the broker desktop client.
 */
public final class StatusCodec {

    private static final ObjectInputFilter STATUS_ONLY = ObjectInputFilter.Config.createFilter(
            "com.ledgerbay.dto.StatusUpdate;maxdepth=2;maxrefs=32;maxbytes=65536;!*");

    private StatusCodec() {
    }

    /**
     * Messages from the ACE bridge.
     */
    public static StatusUpdate decodeBridge(byte[] payload) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            in.setObjectInputFilter(STATUS_ONLY);
            return (StatusUpdate) in.readObject(); // SAFE deser
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new InvalidClassException("unexpected payload: " + e.getMessage());
        }
    }

    /**
     * Messages relayed by broker desktop installations.
     */
    public static StatusUpdate decodeDesktop(byte[] payload) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            Object value = in.readObject(); // VULN deser
            if (!(value instanceof StatusUpdate update)) {
                throw new InvalidClassException("unexpected payload type " + value.getClass().getName());
            }
            return update;
        } catch (ClassNotFoundException e) {
            throw new InvalidClassException("unexpected payload: " + e.getMessage());
        }
    }
}
