import type { ReactNode } from 'react';

export const metadata = {
  title: 'Harvestry Cooperative',
  description: 'Fresh produce from the growers of the Harvestry cooperative',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
