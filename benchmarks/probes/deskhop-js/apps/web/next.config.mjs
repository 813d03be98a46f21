/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    serverComponentsExternalPackages: ['libxmljs2', 'ldapjs', 'mysql2', 'amqplib'],
    serverActions: {
      bodySizeLimit: '2mb',
    },
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.deskhop.io' }],
  },
};

export default nextConfig;
