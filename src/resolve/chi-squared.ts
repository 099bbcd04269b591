/**
 * Quantiles of the normal and chi-squared distributions, for CATD's
 * confidence interval on a source's error variance.
 */

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation,
 * relative error < 1.2e-9).
 *
 * @example
 * normalQuantile(0.975) // ≈ 1.959964
 */
export const normalQuantile = (p: number): number => {
  if (!(p > 0 && p < 1)) return p <= 0 ? -Infinity : Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
};

/**
 * The p-quantile of the chi-squared distribution with k degrees of freedom
 * (k > 0): exact for k = 1 and 2, Wilson–Hilferty's cube-root normal
 * approximation beyond (error below 1 % from k = 3 on for the tails CATD uses).
 *
 * @example
 * chiSquaredQuantile(0.025, 1)   // ≈ 0.000982
 * chiSquaredQuantile(0.025, 100) // ≈ 74.2
 */
export const chiSquaredQuantile = (p: number, k: number): number => {
  if (!(k > 0) || !(p > 0 && p < 1)) return 0;
  if (k === 1) return normalQuantile(0.5 + p / 2) ** 2;
  if (k === 2) return -2 * Math.log(1 - p);
  const z = normalQuantile(p);
  const h = 2 / (9 * k);
  return Math.max(0, k * (1 - h + z * Math.sqrt(h)) ** 3);
};
