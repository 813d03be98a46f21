declare global {
  namespace App {
    interface Locals {
      user: { id: string; name: string; labelId: string; artistId?: string } | null;
      token: string | null;
    }
  }
}

export {};
