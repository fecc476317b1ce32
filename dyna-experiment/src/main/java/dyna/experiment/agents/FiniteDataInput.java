package dyna.experiment.agents;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * The input a saved part is read from: every {@code double} and {@code float} must be a finite
 * number, so that a damaged or doctored file (NaN weights, infinite rewards) is refused where it
 * is read, naming the number's place, rather than loaded into an agent that then learns nothing.
 */
final class FiniteDataInput implements DataInput {

    private final DataInputStream in;
    private long numbers;

    FiniteDataInput(DataInputStream in) {
        this.in = in;
    }

    @Override
    public double readDouble() throws IOException {
        double value = in.readDouble();
        numbers++;
        if (!Double.isFinite(value)) {
            throw new IOException("number " + numbers + " of the part is " + value + ", not a finite number");
        }
        return value;
    }

    @Override
    public float readFloat() throws IOException {
        float value = in.readFloat();
        numbers++;
        if (!Float.isFinite(value)) {
            throw new IOException("number " + numbers + " of the part is " + value + ", not a finite number");
        }
        return value;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        in.readFully(b);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        in.readFully(b, off, len);
    }

    @Override
    public int skipBytes(int n) throws IOException {
        return in.skipBytes(n);
    }

    @Override
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    @Override
    public byte readByte() throws IOException {
        return in.readByte();
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return in.readUnsignedByte();
    }

    @Override
    public short readShort() throws IOException {
        return in.readShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return in.readUnsignedShort();
    }

    @Override
    public char readChar() throws IOException {
        return in.readChar();
    }

    @Override
    public int readInt() throws IOException {
        return in.readInt();
    }

    @Override
    public long readLong() throws IOException {
        return in.readLong();
    }

    @Override
    @SuppressWarnings("deprecation")
    public String readLine() throws IOException {
        return in.readLine();
    }

    @Override
    public String readUTF() throws IOException {
        return in.readUTF();
    }
}
