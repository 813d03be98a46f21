import { createApp } from 'vue';
import VisitorNotes from './VisitorNotes.vue';

const mount = document.querySelector<HTMLElement>('[data-deskhop-visitors]');
if (mount) {
  createApp(VisitorNotes, {
    endpoint: mount.dataset.endpoint ?? '/kiosk-api/visitors/today',
    refreshSeconds: Number(mount.dataset.refresh ?? 30),
  }).mount(mount);
}
