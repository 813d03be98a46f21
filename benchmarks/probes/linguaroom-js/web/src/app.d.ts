declare global {
  namespace App {
    interface Locals {
      user: {
        id: string;
        email: string;
        name: string;
        role: 'admin' | 'teacher' | 'payroll' | 'registrar';
      } | null;
    }
    interface Error {
      message: string;
    }
  }
}

export {};
