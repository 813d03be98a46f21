import axios from 'axios';

export interface FetchedImage {
  contentType: string;
  bytes: Buffer;
}

const IMAGE_TYPES = /^image\/(png|jpeg|webp|gif|svg\+xml)/;

/**
 * Organisers paste a link to a venue photo when drafting a concert; we fetch
 * it server-side to show a preview and to check it really is an image.
 */
export async function fetchRemoteImage(imageUrl: string): Promise<FetchedImage> {
  const url = new URL(imageUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error('Only web addresses are supported');
  }
  const response = await axios.get<ArrayBuffer>(url.toString(), { responseType: 'arraybuffer', timeout: 8000, maxContentLength: 5 * 1024 * 1024 }); // VULN ssrf
  const contentType = String(response.headers['content-type'] ?? '');
  if (!IMAGE_TYPES.test(contentType)) {
    throw new Error(`Expected an image but got ${contentType || 'unknown content'}`);
  }
  return { contentType, bytes: Buffer.from(response.data) };
}
