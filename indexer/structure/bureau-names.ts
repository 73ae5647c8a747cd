/**
 * The name an education bureau signs with, as a regex source: 教育局, or 教育 with the fields a county merged
 * into it before 局 (教育科技局, 教育和体育局, 教育文化体育局, 教育文旅局, 教育体育和旅游局). Only those
 * fields: any words before 局 took a heading that ends in 布局 or 格局 (科学规划城乡教育资源布局) for a
 * signature, and it left the text.
 */
const MERGED_FIELD = '(?:科学技术|科技|文化|体育|文体|文旅|旅游|卫生|健康|广电|新闻出版)'

export const EDUCATION_BUREAU = `教育(?:[和与]?${MERGED_FIELD})*局`
