import { useRoute, useRouter } from 'vue-router'

/**
 * After signing in (or the forced password change): goes on to the page the user was sent away from, named by the
 * route's `lanjut` query (an in-app path, set by App.vue when a session ends), else to the Dasbor ('/'). Anything but
 * a path starting with '/' is ignored, so the link cannot lead out of the app. Use inside a component's setup.
 */
export function useLanjut(): () => Promise<void> {
  const route = useRoute()
  const router = useRouter()
  return async () => {
    const lanjut = route.query.lanjut
    await router.replace(typeof lanjut === 'string' && lanjut.startsWith('/') ? lanjut : '/')
  }
}
