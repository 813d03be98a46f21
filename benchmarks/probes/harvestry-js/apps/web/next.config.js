/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: '1mb' },
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'media.harvestry.coop' }],
  },
};

module.exports = nextConfig;
