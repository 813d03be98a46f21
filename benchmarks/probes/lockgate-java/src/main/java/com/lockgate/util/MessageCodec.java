package com.lockgate.util;

import com.lockgate.model.PassageEvent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Java-serialisation codec used on the legacy controller queues. The older lock-side PLC
 * gateways were written in Java and publish serialised objects rather than JSON.
 */
public final class MessageCodec {

    private static final ObjectInputFilter PASSAGE_ONLY = ObjectInputFilter.Config.createFilter(
            "com.lockgate.model.PassageEvent;java.time.Instant;java.time.Ser;java.lang.Long;java.lang.Number;!*;maxdepth=4");

    private MessageCodec() {
    }

    public static byte[] encode(Serializable value) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bos)) {
            oos.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /** Decodes messages from the per-site gateways (v1 framing). */
    public static Object decode(byte[] body) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
            return in.readObject(); // VULN deser
        }
    }

    /** Decodes passage events from the v2 gateways, which only ever send PassageEvent. */
    public static PassageEvent decodePassage(byte[] body) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
            in.setObjectInputFilter(PASSAGE_ONLY);
            return (PassageEvent) in.readObject(); // SAFE deser
        }
    }
}
