export { OciLayout } from './oci-layout.ts';
export { writeDemoImage } from './demo-image.ts';
