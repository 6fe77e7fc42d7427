import { createVuetify } from 'vuetify'
import { id } from 'vuetify/locale'

export const vuetify = createVuetify({
  locale: { locale: 'id', messages: { id } },
  theme: {
    defaultTheme: 'sidara',
    themes: {
      sidara: {
        dark: false,
        colors: { primary: '#0D47A1', secondary: '#00838F', error: '#C62828', warning: '#EF6C00', success: '#2E7D32', background: '#F5F7FA' },
      },
    },
  },
  defaults: {
    VTextField: { variant: 'outlined', density: 'comfortable' },
    VSelect: { variant: 'outlined', density: 'comfortable' },
    VAutocomplete: { variant: 'outlined', density: 'comfortable' },
    VCombobox: { variant: 'outlined', density: 'comfortable' },
    VFileInput: { variant: 'outlined', density: 'comfortable' },
    VTextarea: { variant: 'outlined', density: 'comfortable' },
  },
})
