// Element type for dyna-nn: a plain-Java matrix product in double and in float, as the JIT compiles it.
// Run: java scripts/nn/FloatVsDouble.java
public class FloatVsDouble {
    static void mmD(double[] a, double[] b, double[] c, int n, int k, int m) {
        for (int i = 0; i < n; i++) { int ci = i * m; java.util.Arrays.fill(c, ci, ci + m, 0);
            for (int p = 0; p < k; p++) { double av = a[i * k + p]; int bp = p * m;
                for (int j = 0; j < m; j++) c[ci + j] += av * b[bp + j]; } }
    }
    static void mmF(float[] a, float[] b, float[] c, int n, int k, int m) {
        for (int i = 0; i < n; i++) { int ci = i * m; java.util.Arrays.fill(c, ci, ci + m, 0f);
            for (int p = 0; p < k; p++) { float av = a[i * k + p]; int bp = p * m;
                for (int j = 0; j < m; j++) c[ci + j] += av * b[bp + j]; } }
    }
    public static void main(String[] args) {
        for (int size : new int[] {64, 256}) {
            int n = 256, k = size, m = size;
            double[] ad = new double[n * k], bd = new double[k * m], cd = new double[n * m];
            float[] af = new float[n * k], bf = new float[k * m], cf = new float[n * m];
            java.util.Random r = new java.util.Random(1);
            for (int i = 0; i < ad.length; i++) { ad[i] = r.nextGaussian(); af[i] = (float) ad[i]; }
            for (int i = 0; i < bd.length; i++) { bd[i] = r.nextGaussian(); bf[i] = (float) bd[i]; }
            for (int round = 0; round < 5; round++) {
                int reps = size == 64 ? 2000 : 200;
                long t0 = System.nanoTime(); for (int i = 0; i < reps; i++) mmD(ad, bd, cd, n, k, m);
                long t1 = System.nanoTime(); for (int i = 0; i < reps; i++) mmF(af, bf, cf, n, k, m);
                long t2 = System.nanoTime();
                double gd = 2.0 * n * k * m * reps / (t1 - t0), gf = 2.0 * n * k * m * reps / (t2 - t1);
                if (round >= 2) System.out.printf("%dx%d: double %.2f GFLOP/s, float %.2f GFLOP/s, float/double %.2f%n", size, size, gd, gf, gf / gd);
            }
        }
    }
}
