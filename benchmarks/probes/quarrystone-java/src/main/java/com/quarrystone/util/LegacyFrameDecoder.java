package com.quarrystone.util;

import com.quarrystone.dto.WeighReading;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;

/**
 * Decodes frames from the pre-2020 weighbridge indicators at the older sites, which publish
 * Java-serialised reading objects rather than JSON.
 */
public final class LegacyFrameDecoder {

    private LegacyFrameDecoder() {
    }

    public static WeighReading decode(byte[] frame) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(frame))) {
            Object obj = in.readObject(); // VULN deser
            if (!(obj instanceof WeighReading)) {
                throw new IOException("Unexpected legacy frame type " + obj.getClass().getName());
            }
            return (WeighReading) obj;
        } catch (ClassNotFoundException e) {
            throw new IOException("Unknown class in legacy frame", e);
        }
    }
}
