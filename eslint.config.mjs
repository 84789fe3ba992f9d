import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", ".data/**"] },
];
export default config;
