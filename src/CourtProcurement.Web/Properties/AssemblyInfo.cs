using System.Resources;

// The neutral resources (Resources/SharedResource.resx) are Simplified Chinese, the default language.
[assembly: NeutralResourcesLanguage("zh-Hans")]
