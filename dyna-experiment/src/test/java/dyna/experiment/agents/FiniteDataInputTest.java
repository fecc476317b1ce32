package dyna.experiment.agents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What a saved part reads through: every value as written, except a number that is not finite,
 * which is refused naming its place among the part's numbers (a plugin's part may read any type).
 */
class FiniteDataInputTest {

    @Test
    void everyTypeReadsAsWrittenAndNumbersMustBeFinite() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeDouble(1.5);
        out.writeFloat(-2.25f);
        out.write(new byte[] {1, 2, 3, 4, 5});
        out.writeBoolean(true);
        out.writeByte(-3);
        out.writeByte(250);
        out.writeShort(-300);
        out.writeShort(65_000);
        out.writeChar('q');
        out.writeInt(-7);
        out.writeLong(1L << 40);
        out.writeUTF("tile-coding/1");
        out.writeBytes("line\n");
        out.writeFloat(Float.NaN);
        out.writeDouble(Double.POSITIVE_INFINITY);
        FiniteDataInput in = new FiniteDataInput(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(1.5, in.readDouble());
        assertEquals(-2.25f, in.readFloat());
        byte[] two = new byte[2];
        in.readFully(two);
        assertArrayEquals(new byte[] {1, 2}, two);
        byte[] room = new byte[4];
        in.readFully(room, 1, 2);
        assertArrayEquals(new byte[] {0, 3, 4, 0}, room);
        assertEquals(1, in.skipBytes(1));
        assertEquals(true, in.readBoolean());
        assertEquals(-3, in.readByte());
        assertEquals(250, in.readUnsignedByte());
        assertEquals(-300, in.readShort());
        assertEquals(65_000, in.readUnsignedShort());
        assertEquals('q', in.readChar());
        assertEquals(-7, in.readInt());
        assertEquals(1L << 40, in.readLong());
        assertEquals("tile-coding/1", in.readUTF());
        assertEquals("line", in.readLine());
        assertEquals("number 3 of the part is NaN, not a finite number", assertThrows(IOException.class, in::readFloat)
                .getMessage());
        assertEquals("number 4 of the part is Infinity, not a finite number", assertThrows(IOException.class,
                in::readDouble).getMessage());
    }
}
